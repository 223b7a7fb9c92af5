package main

import "fmt"

type Server struct {
	requests chan string
}

func main() {
	var s Server
	fmt.Println("waiting for a request on", s.requests == nil)
	req := <-s.requests
	fmt.Println("got", req)
}
