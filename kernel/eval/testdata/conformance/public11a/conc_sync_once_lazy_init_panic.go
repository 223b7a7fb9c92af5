package main

import (
	"fmt"
	"sync"
)

type DB struct{ name string }

var (
	instance *DB
	once     sync.Once
	inits    int
)

func GetDB() *DB {
	once.Do(func() {
		inits++
		instance = &DB{name: "primary"}
	})
	return instance
}

func main() {
	var wg sync.WaitGroup
	ptrs := make([]*DB, 10)
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptrs[i] = GetDB()
		}()
	}
	wg.Wait()
	same := true
	for _, p := range ptrs {
		same = same && p == ptrs[0]
	}
	fmt.Println(same, inits, GetDB().name)
	var o sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		o.Do(func() { panic("init failed") })
	}()
	ran := false
	o.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)
	f := sync.OnceValue(func() int { panic("value failed") })
	for range 2 {
		func() {
			defer func() { fmt.Println("OnceValue recovered:", recover()) }()
			f()
		}()
	}
}
