package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var lock threading.Lock
var rl threading.RLock

func risky(n int) (v int, err error) {
	lock.Acquire()
	defer lock.Release()
	rl.Acquire()
	defer rl.Release()
	if n%2 == 1 {
		return 0, fmt.Errorf("odd %d", n)
	}
	return n, nil
}

func main() {
	for n := range 4 {
		if v, err := risky(n); err != nil {
			fmt.Println("error", err, pyBool(lock.Locked()))
		} else {
			fmt.Println("ok", v, pyBool(lock.Locked()))
		}
	}
	fmt.Println(pyBool(lock.TryAcquire()), pyBool(rl.TryAcquire()))
	lock.Release()
	rl.Release()
	fmt.Println(pyBool(lock.Locked()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
