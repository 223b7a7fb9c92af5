package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func action() { panic(errors.New("ValueError: action failed")) }

var (
	b    = threading.NewBarrier(2, action)
	seen []string
)

func first() {
	if _, err := b.Wait(); err != nil {
		seen = append(seen, "first: BrokenBarrierError()")
		return
	}
	seen = append(seen, "first passed")
}

func pyBool(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func main() {
	t := &threading.Thread{Target: first}
	t.Start()
	for b.NWaiting() < 1 {
	}
	func() {
		defer func() {
			if r := recover(); r != nil {
				kind, msg, _ := strings.Cut(fmt.Sprint(r), ": ")
				fmt.Printf("last arrival: %s('%s')\n", kind, msg)
			}
		}()
		b.Wait()
	}()
	t.Join()
	fmt.Printf("['%s']\n", strings.Join(seen, "', '"))
	fmt.Println("broken:", pyBool(b.Broken()), "waiting:", b.NWaiting())
	if _, err := b.Wait(); errors.Is(err, threading.ErrBrokenBarrier) {
		fmt.Println("again: BrokenBarrierError() str=''")
	}
	b.Reset()
	fmt.Println("after reset:", pyBool(b.Broken()), b.Parties)
}
