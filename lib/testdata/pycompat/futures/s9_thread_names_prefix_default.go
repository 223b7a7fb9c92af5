package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func name() any { return threading.CurrentThread().GetName() }

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	r, _ := ex.Submit(name).Result()
	ex.Shutdown(true, false)
	fmt.Println(regexp.MustCompile(`^ThreadPoolExecutor-\d+_`).ReplaceAllString(r.(string), "ThreadPoolExecutor-0_"))
	ex2 := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "pool"}
	r2, _ := ex2.Submit(name).Result()
	ex2.Shutdown(true, false)
	fmt.Println(r2)
}
