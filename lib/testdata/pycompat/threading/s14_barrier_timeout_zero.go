package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	b := &threading.Barrier{Parties: 2, Timeout: threading.ZeroTimeout}
	if _, err := b.Wait(); err == threading.ErrBrokenBarrier {
		fmt.Println("broken at once:", py(b.Broken()))
	}
	b.Reset()
	fmt.Println("after reset:", py(b.Broken()), b.NWaiting())
	one := &threading.Barrier{Parties: 1, Timeout: threading.ZeroTimeout}
	i, _ := one.Wait()
	fmt.Println("last party passes:", i)
	neg := &threading.Barrier{Parties: 2, Timeout: -time.Second}
	if _, err := neg.Wait(); err == threading.ErrBrokenBarrier {
		fmt.Println("negative broken:", py(neg.Broken()))
	}
	none := threading.NewBarrier(2, nil)
	t := &threading.Thread{Target: func() { none.Wait() }}
	t.Start()
	j, _ := none.Wait()
	fmt.Println("no timeout index:", py(j == 0 || j == 1))
	t.Join()
	fmt.Println("not broken:", py(none.Broken()))
}
