package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func in(t *threading.Thread) string {
	for _, u := range threading.Enumerate() {
		if u == t {
			return "True"
		}
	}
	return "False"
}

func main() {
	t := threading.NewTimer(30*time.Second, func() {})
	fmt.Println(threading.ActiveCount())
	t.Start()
	fmt.Println(threading.ActiveCount(), in(&t.Thread), pyBool(t.IsDaemon()))
	t.Cancel()
	t.Join()
	fmt.Println(threading.ActiveCount(), in(&t.Thread))
}
