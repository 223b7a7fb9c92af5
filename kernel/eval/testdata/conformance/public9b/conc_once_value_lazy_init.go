package main

import (
	"errors"
	"fmt"
	"strconv"
	"sync"
)

var loads int

var config = sync.OnceValue(func() map[string]string {
	loads++
	return map[string]string{"port": "8080", "debug": "true", "ratio": "x"}
})

var port = sync.OnceValues(func() (int, error) {
	return strconv.Atoi(config()["port"])
})

var ratio = sync.OnceValues(func() (float64, error) {
	return strconv.ParseFloat(config()["ratio"], 64)
})

var greet = sync.OnceFunc(func() { fmt.Println("hello once") })

func main() {
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = config()
			greet()
		}()
	}
	wg.Wait()
	fmt.Println("loads:", loads)
	p, err := port()
	fmt.Println(p, err)
	r, err := ratio()
	fmt.Println(r, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax)
	r2, err2 := ratio()
	fmt.Println(r2, err2 == err)
	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("first i =", i) })
	}
	crashing := sync.OnceFunc(func() { panic("init failed") })
	for range 2 {
		func() {
			defer func() { fmt.Println("recovered:", recover()) }()
			crashing()
		}()
	}
}
