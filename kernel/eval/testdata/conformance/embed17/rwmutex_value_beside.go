// sync.RWMutex embedded by value beside fields: promoted methods, reflect.
package main

import (
	"fmt"
	"reflect"
	"sync"
)

type Cache struct {
	sync.RWMutex
	m map[string]int
}

func (c *Cache) Get(k string) int {
	c.RLock()
	defer c.RUnlock()
	return c.m[k]
}

func main() {
	c := &Cache{m: map[string]int{"a": 1}}
	c.Lock()
	c.m["b"] = 2
	c.Unlock()
	fmt.Println(c.Get("a"), c.Get("b"))
	f := reflect.TypeOf(c).Elem().Field(0)
	fmt.Println(f.Name, f.Anonymous, f.Type)
	fmt.Println(c.TryRLock())
	c.RUnlock()
}
