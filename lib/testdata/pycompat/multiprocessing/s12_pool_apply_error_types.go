package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func risky(kind string) string {
	switch kind {
	case "key":
		panic("KeyError: 'missing'")
	case "value":
		panic("ValueError: bad value")
	case "zero":
		panic("ZeroDivisionError: division by zero")
	}
	return "fine"
}

func main() {
	multiprocessing.Main(risky)
	pool := multiprocessing.NewPool(2)
	for _, kind := range []string{"fine", "key", "value", "zero"} {
		v, err := pool.Apply(risky, kind)
		if err != nil {
			typ, msg, _ := strings.Cut(err.Error(), ": ")
			fmt.Println(typ, msg)
			continue
		}
		fmt.Println(v)
	}
	pool.Terminate()
}
