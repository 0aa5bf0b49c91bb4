package it.pianozona.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap over a measured stretch: the peak of the heap pools (the sum of each pool's
 * peak, an upper bound of the true peak), the largest heap left after a collection (what the work
 * really keeps alive), and the collections run.
 */
final class HeapWatch {

  private final List<MemoryPoolMXBean> pools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
  private final AtomicLong maxAfterGc = new AtomicLong();
  private long gcCountStart;
  private long gcMillisStart;

  HeapWatch() {
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (gc instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                  notification.getType())) {
                return;
              }
              GarbageCollectionNotificationInfo info =
                  GarbageCollectionNotificationInfo.from(
                      (CompositeData) notification.getUserData());
              // Non-heap pools (metaspace, code cache) are in the map too: count heap pools only.
              long heap = 0;
              for (MemoryPoolMXBean p : pools) {
                MemoryUsage u = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
                if (u != null) {
                  heap += u.getUsed();
                }
              }
              maxAfterGc.accumulateAndGet(heap, Math::max);
            },
            null,
            null);
      }
    }
  }

  /** Starts a stretch: forgets earlier peaks. */
  void reset() {
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    maxAfterGc.set(0);
    gcCountStart = gcCount();
    gcMillisStart = gcTotalMillis();
  }

  long peakBytes() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  long maxAfterGcBytes() {
    return maxAfterGc.get();
  }

  long collections() {
    return gcCount() - gcCountStart;
  }

  long gcMillis() {
    return gcTotalMillis() - gcMillisStart;
  }

  private static long gcTotalMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime)
        .sum();
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionCount)
        .sum();
  }

  static long maxHeapBytes() {
    return Runtime.getRuntime().maxMemory();
  }
}
