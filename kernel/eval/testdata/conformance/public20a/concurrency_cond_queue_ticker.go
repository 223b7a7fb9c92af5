package main

import (
	"fmt"
	"sync"
	"time"
)

type Queue struct {
	mu     sync.Mutex
	cond   *sync.Cond
	items  []int
	closed bool
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

type Barrier struct {
	mu    sync.Mutex
	cond  *sync.Cond
	n     int
	count int
	gen   int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{n: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Wait() {
	b.mu.Lock()
	defer b.mu.Unlock()
	g := b.gen
	b.count++
	if b.count == b.n {
		b.count = 0
		b.gen++
		b.cond.Broadcast()
		return
	}
	for g == b.gen {
		b.cond.Wait()
	}
}

func main() {
	q := NewQueue()
	var wg sync.WaitGroup
	sums := make([]int, 3)
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				sums[w] += v
			}
		}(w)
	}
	for i := 1; i <= 100; i++ {
		q.Put(i)
	}
	q.Close()
	wg.Wait()
	fmt.Println(sums[0] + sums[1] + sums[2])

	b := NewBarrier(4)
	var mu sync.Mutex
	var log []string
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for phase := 0; phase < 3; phase++ {
				mu.Lock()
				log = append(log, fmt.Sprintf("p%d", phase))
				mu.Unlock()
				b.Wait()
			}
		}(i)
	}
	wg.Wait()
	ok := true
	for i, s := range log {
		if s != fmt.Sprintf("p%d", i/4) {
			ok = false
		}
	}
	fmt.Println(len(log), ok)

	ticker := time.NewTicker(2 * time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 5 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)
	timer := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", timer.Stop())
	fired := make(chan string, 1)
	time.AfterFunc(time.Millisecond, func() { fired <- "afterfunc" })
	fmt.Println(<-fired)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	ov := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(ov(), ov())
	var m sync.Map
	for i := 0; i < 5; i++ {
		m.Store(i, i*i)
	}
	v, loaded := m.LoadOrStore(2, 100)
	fmt.Println(v, loaded)
	m.Delete(3)
	n := 0
	m.Range(func(k, v any) bool { n += v.(int); return true })
	fmt.Println(n)
	old, swapped := m.Swap(1, 11)
	fmt.Println(old, swapped, m.CompareAndSwap(1, 11, 12))
	p := sync.Pool{New: func() any { return new([64]byte) }}
	buf := p.Get().(*[64]byte)
	buf[0] = 1
	p.Put(buf)
	fmt.Println(len(buf))
}
