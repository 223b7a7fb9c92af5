package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func double(x int) int { return x * 2 }

func short(x any) string {
	return regexp.MustCompile(`#\d+`).ReplaceAllString(fmt.Sprint(x), "")
}

func main() {
	multiprocessing.Main(double)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func(x int) int { return x * 2 }, 3)
	if _, err := f.Result(); err != nil {
		name, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println(name+":", strings.Split(msg, " <")[0], "...")
	}
	fmt.Println(pyBool(f.Done()), pyBool(f.Cancelled()), short(f))
	r, _ := ex.Submit(double, 21).Result()
	fmt.Println("a top-level function works:", r)
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
