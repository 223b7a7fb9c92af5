package main

import (
	"fmt"
	"time"
)

type Conn struct {
	name  string
	delay time.Duration
}

type Result string

func (c Conn) DoQuery(q string) Result {
	time.Sleep(c.delay)
	return Result(c.name + ":" + q)
}

func Query(conns []Conn, query string) Result {
	ch := make(chan Result, len(conns))
	for _, conn := range conns {
		go func(c Conn) {
			select {
			case ch <- c.DoQuery(query):
			default:
			}
		}(conn)
	}
	return <-ch
}

func main() {
	conns := []Conn{{"slow", 200 * time.Millisecond}, {"fast", time.Millisecond}, {"slower", 400 * time.Millisecond}}
	fmt.Println(Query(conns, "select 1"))
	timeout := make(chan bool, 1)
	go func() {
		time.Sleep(10 * time.Millisecond)
		timeout <- true
	}()
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-timeout:
		fmt.Println("timed out")
	}
	results := make(chan string)
	go func() {
		for _, s := range []string{"a", "b", "c"} {
			results <- s
		}
	}()
	var got []string
	deadline := time.After(2 * time.Second)
	for len(got) < 3 {
		select {
		case r := <-results:
			got = append(got, r)
		case <-deadline:
			fmt.Println("deadline")
			return
		}
	}
	fmt.Println(got)
}
