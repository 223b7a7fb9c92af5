package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	v := <-ch
	w, ok := <-ch
	fmt.Println(v, w, ok)
	close(ch)
	z, ok := <-ch
	fmt.Println(z, ok)
	<-ch
	sch := make(chan string, 1)
	sch <- "x"
	var s string
	s, ok = <-sch
	fmt.Println(s, ok)
	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	inner <- 42
	chch <- inner
	fmt.Println(<-<-chch)
	fc := make(chan func() int, 1)
	fc <- func() int { return 7 }
	fmt.Println((<-fc)())
	type msg struct{ id int }
	mc := make(chan *msg, 1)
	mc <- &msg{5}
	fmt.Println((<-mc).id)
	ac := make(chan [2]int, 1)
	ac <- [2]int{1, 2}
	fmt.Println((<-ac)[1])
}
