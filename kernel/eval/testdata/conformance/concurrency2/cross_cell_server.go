package main

import (
	"fmt"
	"strings"
)

type call struct {
	arg   string
	reply chan string
}

func startServer() chan<- call {
	c := make(chan call)
	go func() {
		for req := range c {
			req.reply <- strings.ToUpper(req.arg)
		}
	}()
	return c
}

var server = startServer()

func ask(s string) string {
	r := make(chan string)
	server <- call{s, r}
	return <-r
}

func main() {
	fmt.Println(ask("hello"))
	fmt.Println(ask("from the next cell"))
}
