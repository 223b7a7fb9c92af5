package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	err := subprocess.CheckCall([]string{"sleep", "5"}, subprocess.Options{Timeout: 200 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println("['"+strings.Join(e.Cmd, "', '")+"']", e.Timeout.Seconds(), pyBytes(e.Output))
	}
	r, _ := subprocess.Run([]string{"sleep", "0.01"}, subprocess.Options{Timeout: 5 * time.Second})
	fmt.Println(r.Returncode)
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
