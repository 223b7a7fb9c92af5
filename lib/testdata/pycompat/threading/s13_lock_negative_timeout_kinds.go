package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

type locker interface {
	AcquireTimeout(time.Duration) bool
	Release()
	String() string
}

func main() {
	for _, l := range []struct {
		name string
		l    locker
	}{{"Lock", &threading.Lock{}}, {"RLock", &threading.RLock{}}} {
		fmt.Println(l.name, "timeout=-1 on free:", pyBool(l.l.AcquireTimeout(-time.Second)))
		l.l.Release()
		for _, t := range []struct {
			text string
			d    time.Duration
		}{{"-2", -2 * time.Second}, {"-0.5", -500 * time.Millisecond}} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						fmt.Println(l.name, "timeout", t.text, r)
					}
				}()
				l.l.AcquireTimeout(t.d)
			}()
		}
		fmt.Println(l.name, "locked after errors:", pyBool(!strings.Contains(l.l.String(), "unlocked")))
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
