package main

import (
	"bytes"
	"fmt"
	"sync"
)

var loads int

var config = sync.OnceValue(func() map[string]string {
	loads++
	return map[string]string{"env": "test"}
})

var parsed = sync.OnceValues(func() (int, error) {
	loads++
	return 42, fmt.Errorf("partial")
})

func main() {
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config()["env"]
			parsed()
		}()
	}
	wg.Wait()
	v, err := parsed()
	fmt.Println(config()["env"], v, err, loads)
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
	pool := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	b := pool.Get().(*bytes.Buffer)
	b.WriteString("data")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	b2 := pool.Get().(*bytes.Buffer)
	fmt.Println(b2.Len())
	f := sync.OnceFunc(func() { fmt.Println("oncefunc ran") })
	f()
	f()
	var m sync.Map
	m.Store("a", 1)
	act, loaded := m.LoadOrStore("a", 2)
	fmt.Println(act, loaded)
	m.CompareAndSwap("a", 1, 10)
	val, _ := m.Load("a")
	fmt.Println(val)
}
