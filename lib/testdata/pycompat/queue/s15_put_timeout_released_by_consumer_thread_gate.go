package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	q := queue.New(1)
	q.Put("first")
	var goEv threading.Event
	t := &threading.Thread{Target: func() {
		goEv.Wait()
		fmt.Println("consumer got", q.Get())
	}}
	t.Start()
	goEv.Set()
	q.PutTimeout("second", 10*time.Second)
	t.Join()
	v, _ := q.GetNowait()
	fmt.Println(v, q.Qsize())
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		q.PutTimeout("x", -time.Second)
	}()
}
