package main

import "fmt"

func safeClose(ch chan int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	close(ch)
	return nil
}

func main() {
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println(safeClose(ch))
	fmt.Println(safeClose(ch))
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
			if e, ok := r.(error); ok {
				fmt.Println("error:", e.Error())
			}
		}()
		ch <- 2
	}()
	var nilch chan int
	func() {
		defer func() { fmt.Println("nil close:", recover()) }()
		close(nilch)
	}()
	close(ch)
}
