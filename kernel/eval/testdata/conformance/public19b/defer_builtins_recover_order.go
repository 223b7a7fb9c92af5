package main

import (
	"fmt"
	"sync"
)

type S struct{ m map[string]int }

func (s *S) Del(k string) { delete(s.m, k) }

func f1() (r int) {
	defer recover()
	defer func() { r = 5 }()
	return 1
}

func f2() {
	m := map[string]int{"a": 1, "b": 2}
	defer fmt.Println("after delete", m)
	defer delete(m, "a")
	defer fmt.Println("before delete", len(m))
}

func f3() {
	dst := make([]int, 3)
	src := []int{1, 2, 3}
	defer func() { fmt.Println("dst", dst) }()
	defer copy(dst, src)
	src[0] = 100
}

func f4() {
	ch := make(chan int, 2)
	defer func() { v, ok := <-ch; fmt.Println("recv", v, ok) }()
	defer close(ch)
	ch <- 7
}

func f5() {
	m := map[int]int{1: 1}
	s := []int{1, 2}
	defer func() { fmt.Println(len(m), s) }()
	defer clear(m)
	defer clear(s)
}

func f6() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught %v", r)
		}
	}()
	defer panic("deferred panic")
	return nil
}

func f7() {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock()
	s := &S{map[string]int{"x": 1}}
	defer fmt.Println(s.m)
	defer s.Del("x")
	del := s.Del
	defer del("zz")
}

func f8() {
	var wg sync.WaitGroup
	res := make([]int, 3)
	for i := range 3 {
		wg.Add(1)
		go func(j int) {
			defer wg.Done()
			res[j] = j * j
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
}

func f9() (x int) {
	defer func() { x *= 2 }()
	x = 3
	defer func(v int) { x += v }(x)
	x = 10
	return x + 1
}

func main() {
	fmt.Println(f1())
	f2()
	f3()
	f4()
	f5()
	fmt.Println(f6())
	f7()
	f8()
	fmt.Println(f9())
	func() {
		defer func() { fmt.Println("outer recover:", recover()) }()
		defer func() {
			defer func() { fmt.Println("inner recover:", recover()) }()
			panic("second")
		}()
		panic("first")
	}()
	for i := range 2 {
		defer func() { fmt.Println("main defer", i) }()
	}
}
