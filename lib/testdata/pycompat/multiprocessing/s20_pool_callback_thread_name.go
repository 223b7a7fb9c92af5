package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func square(x int) int { return x * x }

func fail(x int) error { return fmt.Errorf("ValueError: bad %d", x) }

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(square, fail)
	var seen []string
	p := multiprocessing.NewPool(1)
	r := p.ApplyAsync(square, 3)
	r.AddDoneCallback(func(v any, err error) {
		if err == nil {
			t := threading.CurrentThread()
			seen = append(seen, fmt.Sprintf("('cb', %v, '%s', %s)", v, t.GetName(), pb(t.IsDaemon())))
		}
	})
	e := p.ApplyAsync(fail, 4)
	e.AddDoneCallback(func(v any, err error) {
		if err != nil {
			typ, msg, _ := strings.Cut(err.Error(), ": ")
			seen = append(seen, fmt.Sprintf("('err', '%s', '%s', %s)", typ, msg, pb(threading.CurrentThread() == threading.MainThread())))
		}
	})
	v, _ := r.GetTimeout(30 * time.Second)
	fmt.Println(v)
	e.WaitTimeout(30 * time.Second)
	p.Terminate()
	_ = errors.New
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
}
