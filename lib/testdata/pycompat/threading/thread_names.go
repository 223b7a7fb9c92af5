package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

func worker() {
}

func main() {
	t1 := &threading.Thread{Target: worker}
	t2 := &threading.Thread{Target: func() {}, TargetName: "<lambda>"}
	t3 := &threading.Thread{Target: worker, Name: "custom"}
	t4 := &threading.Thread{Target: worker}
	for _, t := range []*threading.Thread{t1, t2, t3, t4} {
		t.Start()
		t.Join()
		fmt.Println(t.Name)
	}
	fmt.Println(threading.CurrentThread().Name)
	fmt.Println(threading.MainThread().Name)
}
