package main

import (
	"fmt"
	"os"
	"strings"
)

var (
	home   = envOr("GONOTES_TEST_HOME_UNSET", "/home/default")
	user   string
	config = map[string]string{}
	order  []string
)

func envOr(k, def string) string {
	if v, ok := os.LookupEnv(k); ok {
		return v
	}
	return def
}

func init() {
	user = "gopher"
	order = append(order, "init1")
}

func init() {
	config["mode"] = strings.ToUpper("debug")
	order = append(order, "init2")
}

type Writer interface{ Write([]byte) (int, error) }
type myWriter struct{}

func (myWriter) Write(b []byte) (int, error) { return len(b), nil }

var _ Writer = myWriter{}
var _ = fmt.Sprint

func main() {
	fmt.Println(home, user, config, order)
	_, err := fmt.Sscan("12", new(int))
	fmt.Println(err)
	for _, v := range []int{1, 2} {
		_ = v
	}
}
