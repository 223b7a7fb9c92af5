package main

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"
)

// A cache embeds its RWMutex and counts its loads with a WaitGroup; its
// locks print, measure and reflect as Go's, locked or not.
type Cache struct {
	sync.RWMutex
	loads sync.WaitGroup
	once  sync.Once
	data  map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.RLock()
	defer c.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Put(k string, v int) {
	c.Lock()
	c.data[k] = v
	c.Unlock()
}

func main() {
	c := &Cache{data: map[string]int{}}
	for i := 0; i < 3; i++ {
		c.loads.Add(1)
		go func() {
			defer c.loads.Done()
			c.Put(fmt.Sprint("k", i), i*i)
		}()
	}
	c.loads.Wait()
	v, ok := c.Get("k2")
	fmt.Println(v, ok, len(c.data))

	fmt.Printf("%+v\n", &c.RWMutex)
	fmt.Printf("%v\n", &c.loads)
	c.RLock()
	c.RLock()
	fmt.Printf("two readers: %+v\n", &c.RWMutex)
	c.RUnlock()
	c.RUnlock()
	c.Lock()
	fmt.Printf("a writer: %v\n", &c.RWMutex)
	c.Unlock()
	c.loads.Add(3)
	fmt.Printf("three to wait for: %+v\n", &c.loads)
	c.loads.Add(-3)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	fmt.Printf("%+v\n", cond.L == &mu)
	mu.Lock()
	fmt.Printf("%#v\n", &mu)
	fmt.Println(mu.TryLock())
	mu.Unlock()
	fmt.Println(mu.TryLock())
	mu.Unlock()

	fmt.Println(unsafe.Sizeof(sync.Mutex{}), unsafe.Sizeof(sync.RWMutex{}), unsafe.Sizeof(sync.WaitGroup{}),
		unsafe.Sizeof(sync.Cond{}), unsafe.Sizeof(Cache{}), unsafe.Offsetof(Cache{}.data))
	for _, t := range []reflect.Type{reflect.TypeOf(sync.Mutex{}), reflect.TypeOf(sync.RWMutex{}), reflect.TypeOf(sync.WaitGroup{}), reflect.TypeOf(sync.Cond{})} {
		fmt.Print(t, " ", t.NumField(), ":")
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			fmt.Print(" ", f.Name, " ", f.Type, " ", f.Offset)
		}
		fmt.Println()
	}
}
