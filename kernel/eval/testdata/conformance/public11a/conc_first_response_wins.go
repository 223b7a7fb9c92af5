package main

import (
	"fmt"
	"time"
)

type Query func() string

func First(queries ...Query) string {
	c := make(chan string, len(queries))
	for _, q := range queries {
		go func() { c <- q() }()
	}
	return <-c
}

func replica(name string, d time.Duration) Query {
	return func() string {
		time.Sleep(d)
		return name
	}
}

func main() {
	fmt.Println(First(replica("slow", 300*time.Millisecond), replica("fast", time.Millisecond), replica("slower", 500*time.Millisecond)))
	timeout := time.After(100 * time.Millisecond)
	c := make(chan string)
	go func() { c <- First(replica("x", 1000*time.Millisecond)) }()
	select {
	case r := <-c:
		fmt.Println(r)
	case <-timeout:
		fmt.Println("timed out")
	}
}
