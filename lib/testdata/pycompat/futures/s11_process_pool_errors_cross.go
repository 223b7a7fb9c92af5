package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func parse(text string) (int, error) {
	n, err := strconv.Atoi(text)
	if err != nil {
		return 0, fmt.Errorf("ValueError: invalid literal for int() with base 10: '%s'", text)
	}
	return n, nil
}

func main() {
	multiprocessing.Main(parse)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	var fs []*futures.Future
	for _, t := range []string{"12", "x", "7"} {
		fs = append(fs, ex.Submit(parse, t))
	}
	for _, f := range fs {
		if e := f.Exception(); e == nil {
			r, _ := f.Result()
			fmt.Println("ok", r)
		} else {
			fmt.Println(e)
		}
	}
	if _, err := ex.Map(parse, []string{"1", "2", "three"}); err != nil {
		_, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("map raised ValueError:", msg)
	}
	ex.Shutdown(true, false)
}
