package main

import (
	"fmt"
	"sort"
	"sync"
)

type Point struct{ X, Y int }

type Key struct {
	P    Point
	Tags [2]string
}

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := range 12 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			k := Key{Point{i % 3, i % 2}, [2]string{"a", fmt.Sprint(i % 2)}}
			for {
				old, loaded := m.LoadOrStore(k, 1)
				if !loaded {
					return
				}
				if m.CompareAndSwap(k, old, old.(int)+1) {
					return
				}
			}
		}()
	}
	wg.Wait()
	var lines []string
	m.Range(func(k, v any) bool {
		key := k.(Key)
		lines = append(lines, fmt.Sprintf("%v %v => %d", key.P, key.Tags, v))
		return true
	})
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	v, ok := m.Load(Key{Point{0, 0}, [2]string{"a", "0"}})
	fmt.Println(v, ok)
	grid := map[Point][]Point{}
	grid[Point{1, 1}] = append(grid[Point{1, 1}], Point{2, 2})
	fmt.Println(grid, Point{1, 2} == Point{1, 2}, Key{} == Key{Tags: [2]string{"", ""}})
	arrCh := make(chan [3]int, 1)
	arr := [3]int{1, 2, 3}
	arrCh <- arr
	arr[0] = 99
	fmt.Println(<-arrCh, arr)
	chans := [3]chan int{}
	for i := range chans {
		chans[i] = make(chan int, 1)
		chans[i] <- i * 10
	}
	for _, c := range chans {
		fmt.Print(<-c, " ")
	}
	fmt.Println()
}
