package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func job() any {
	return threading.CurrentThread().GetName()
}

func main() {
	t := &threading.Thread{Target: func() { job() }, TargetName: "job"}
	t.Start()
	t.Join()
	fmt.Println(t.GetName())
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(job).Result()
	fmt.Println(r)
	ex.Shutdown(true, false)
	u := &threading.Thread{Target: func() { job() }, Name: "custom"}
	v := &threading.Thread{Target: func() { job() }, TargetName: "job"}
	fmt.Println(u.GetName(), v.GetName())
	ex2 := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ = ex2.Submit(job).Result()
	fmt.Println(r)
	ex2.Shutdown(true, false)
}
