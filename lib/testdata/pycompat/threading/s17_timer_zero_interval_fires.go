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

func main() {
	var out []string
	t := threading.NewTimer(0, func() { out = append(out, "'now'") })
	t.Start()
	t.Join()
	fmt.Println("["+strings.Join(out, ", ")+"]", pyBool(t.IsAlive()))
	var t2 *threading.Timer
	t2 = threading.NewTimer(0, func() { out = append(out, pyBool(threading.CurrentThread() == &t2.Thread)) })
	t2.Start()
	t2.Join()
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
