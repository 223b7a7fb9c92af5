package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func describe(name string, age int, city string) string {
	return fmt.Sprintf("%s (%d) from %s", name, age, city)
}

func main() {
	ex := &futures.ThreadPoolExecutor{}
	fs := []*futures.Future{
		ex.Submit(func() any { return describe("Mina", 30, "Seoul") }),
		ex.Submit(func() any { return describe("Joon", 25, "Busan") }),
		ex.Submit(func() any { return describe("Ara", 41, "Seoul") }),
	}
	for _, f := range fs {
		r, _ := f.Result()
		fmt.Println(r)
	}
	ex.Shutdown(true, false)
}
