package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func sender(conn *multiprocessing.Conn) {
	for i := range 3 {
		conn.Send(i * i)
	}
	conn.Send("end")
	conn.Close()
}

func receiver(conn *multiprocessing.Conn, q *multiprocessing.Queue) {
	got := []int{}
	for {
		m, _ := conn.Recv()
		if m == "end" {
			break
		}
		got = append(got, m.(int))
	}
	q.Put(got)
}

func main() {
	multiprocessing.Main(sender, receiver)
	a, b := multiprocessing.Pipe()
	q := multiprocessing.NewQueue()
	ps := []*multiprocessing.Process{&multiprocessing.Process{Target: sender, Args: []any{a}}, &multiprocessing.Process{Target: receiver, Args: []any{b, q}}}
	for _, p := range ps {
		p.Start()
	}
	v, _ := q.GetTimeout(30 * time.Second)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(v), " ", ", "))
	for _, p := range ps {
		p.Join()
	}
	fmt.Printf("[%v, %v]\n", ps[0].ExitCode(), ps[1].ExitCode())
}
