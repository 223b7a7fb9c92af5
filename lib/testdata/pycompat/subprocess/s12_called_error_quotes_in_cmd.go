package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	cases := []struct {
		cmd   []string
		shell bool
	}{{[]string{"sh", "-c", "exit 2", "it's"}, false}, {[]string{"false 'x'"}, true}, {[]string{"grep", "-q", "don't", "/dev/null"}, false}}
	for _, c := range cases {
		_, err := subprocess.Run(c.cmd, subprocess.Options{Shell: c.shell, Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e)
			var q []string
			for _, a := range e.Cmd {
				q = append(q, repr(a))
			}
			if c.shell {
				fmt.Println(q[0])
			} else {
				fmt.Println("[" + strings.Join(q, ", ") + "]")
			}
		}
	}
}

func repr(s string) string {
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + s + "'"
}
