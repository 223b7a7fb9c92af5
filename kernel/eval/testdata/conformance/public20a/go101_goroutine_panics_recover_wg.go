package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

func safe(id int, f func() int) (r result) {
	r.id = id
	defer func() {
		if p := recover(); p != nil {
			switch v := p.(type) {
			case error:
				r.err = fmt.Errorf("task %d: %w", id, v)
			default:
				r.err = fmt.Errorf("task %d: panic: %v", id, v)
			}
		}
	}()
	r.val = f()
	return
}

var ErrBoom = errors.New("boom")

func main() {
	tasks := []func() int{
		func() int { return 1 },
		func() int { panic("string panic") },
		func() int { var m map[int]int; m[1] = 1; return 0 },
		func() int { panic(ErrBoom) },
		func() int { a := []int{}; i := 3; return a[i] },
		func() int { x := 0; return 10 / x },
		func() int { return 7 },
	}
	var wg sync.WaitGroup
	out := make(chan result, len(tasks))
	for i, t := range tasks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out <- safe(i, t)
		}()
	}
	wg.Wait()
	close(out)
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].id < rs[j].id })
	for _, r := range rs {
		fmt.Println(r.id, r.val, r.err, errors.Is(r.err, ErrBoom))
	}
	var once sync.Once
	var mu sync.Mutex
	count := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				mu.Lock()
				count += 100
				mu.Unlock()
			})
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(count)
	func() {
		defer func() {
			fmt.Println("recovered once-panic:", recover())
		}()
		var o sync.Once
		o.Do(func() { panic("in once") })
	}()
	ov := sync.OnceValues(func() (int, error) { return 42, ErrBoom })
	v, err := ov()
	fmt.Println(v, err)
}
