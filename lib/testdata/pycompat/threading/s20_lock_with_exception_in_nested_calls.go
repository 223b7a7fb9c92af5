package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

var lock threading.Lock
var log []string

func inner(x int) int {
	lock.Acquire()
	defer lock.Release()
	log = append(log, fmt.Sprintf("('in', %d, %s)", x, pb(lock.Locked())))
	if x%2 == 1 {
		panic(fmt.Sprint(x))
	}
	return x
}

func main() {
	for x := 0; x < 4; x++ {
		func() {
			defer func() {
				if e := recover(); e != nil {
					log = append(log, fmt.Sprintf("('err', '%v', %s)", e, pb(lock.Locked())))
				}
			}()
			inner(x)
		}()
	}
	fmt.Println("[" + strings.Join(log, ", ") + "]")
	fmt.Println(pb(lock.TryAcquire()), pb(lock.Locked()))
	lock.Release()
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		lock.Release()
	}()
}
