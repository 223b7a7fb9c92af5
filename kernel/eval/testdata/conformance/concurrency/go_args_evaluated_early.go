package main

import "fmt"

func show(ch chan<- string, label string, n int, xs []int) {
	ch <- fmt.Sprint(label, " ", n, " ", xs)
}

func main() {
	ch := make(chan string)
	n := 1
	xs := []int{1, 2}
	label := "first"
	go show(ch, label, n, xs)
	got := <-ch
	n = 2
	label = "second"
	fmt.Println(got)
	go show(ch, label+"!", n*10, append([]int{}, xs...))
	fmt.Println(<-ch)
	f := func(a, b int) { ch <- fmt.Sprint(a + b) }
	go f(n, n+1)
	fmt.Println(<-ch)
}
