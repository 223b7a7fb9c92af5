package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred before Goexit")
		runtime.Goexit()
		fmt.Println("never")
	}()
	wg.Wait()
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Println(ok, err)
		var re runtime.Error
		fmt.Println(errors.As(r.(error), &re))
	}()
	var a []int
	i := 5
	fmt.Println(a[i])
}
