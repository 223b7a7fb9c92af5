package main

import "fmt"

type Server struct {
	requests chan string
}

func main() {
	s := &Server{}
	ready := make(chan bool, 1)
	ready <- true
	fmt.Println("ready:", <-ready)
	fmt.Println("forgot to make(chan string)")
	msg := <-s.requests
	fmt.Println(msg)
}
