package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func die(code int) { os.Exit(code) }

func square(x int) int { return x * x }

func main() {
	multiprocessing.Main(die, square)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 1}
	v, _ := ex.Submit(square, 7).Result()
	fmt.Println(v)
	f := ex.Submit(die, 3)
	if _, err := f.ResultTimeout(30 * time.Second); errors.Is(err, futures.ErrBrokenProcessPool) {
		kind, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println(kind, "|", msg)
	}
	fmt.Println("done:", map[bool]string{true: "True", false: "False"}[f.Done()])
	func() {
		defer func() {
			if r := recover(); r != nil {
				_, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
				fmt.Println("submit:", msg)
			}
		}()
		ex.Submit(square, 2)
	}()
	ex.Shutdown(true, false)
}
