package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	b := threading.NewBarrier(3, nil)
	b.Timeout = 5 * time.Second
	fmt.Println(b.Parties, b.NWaiting(), pyBool(b.Broken()))
	one := threading.NewBarrier(1, nil)
	i, _ := one.Wait()
	j, _ := one.Wait()
	fmt.Println(i, j, one.NWaiting())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(e)
		}
	}()
	f()
}
