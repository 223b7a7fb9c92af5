package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	sem := threading.NewSemaphore(0)
	a := sem.TryAcquire()
	b := sem.AcquireTimeout(10 * time.Millisecond)
	fmt.Println(pyBool(a), pyBool(b))
	sem.ReleaseN(3)
	fmt.Println(sem.Value())
	var got []string
	for i := 0; i < 4; i++ {
		got = append(got, pyBool(sem.TryAcquire()))
	}
	fmt.Println(pyList(got), sem.Value())
	try(func() { sem.ReleaseN(0) })
	try(func() { threading.NewSemaphore(-1) })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
