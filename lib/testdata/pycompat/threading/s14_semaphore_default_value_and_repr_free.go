package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	py := map[bool]string{true: "True", false: "False"}
	var s threading.Semaphore
	a1 := s.TryAcquire()
	a2 := s.TryAcquire()
	fmt.Println(py[a1], py[a2])
	s.Release()
	b := threading.NewBoundedSemaphore(1)
	b1 := b.AcquireTimeout(0)
	b2 := b.AcquireTimeout(0)
	fmt.Println(py[b1], py[b2])
	b.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(strings.TrimPrefix(fmt.Sprint(e), "ValueError: "))
			}
		}()
		b.Release()
	}()
	z := threading.NewSemaphore(0)
	fmt.Println(py[z.AcquireTimeout(50*time.Millisecond)])
	z.ReleaseN(3)
	var got []string
	for i := 0; i < 4; i++ {
		got = append(got, py[z.TryAcquire()])
	}
	fmt.Println("[" + strings.Join(got, ", ") + "]")
}
