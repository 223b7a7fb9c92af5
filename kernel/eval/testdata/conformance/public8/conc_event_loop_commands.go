package main

import (
	"fmt"
	"sort"
	"strings"
)

type Command struct {
	Op    string
	Key   string
	Value int
	Reply chan string
}

func store(cmds <-chan Command) {
	data := map[string]int{}
	for c := range cmds {
		switch c.Op {
		case "set":
			data[c.Key] = c.Value
			c.Reply <- "OK"
		case "incr":
			data[c.Key] += c.Value
			c.Reply <- fmt.Sprint(data[c.Key])
		case "get":
			v, ok := data[c.Key]
			if !ok {
				c.Reply <- "(nil)"
				continue
			}
			c.Reply <- fmt.Sprint(v)
		case "keys":
			ks := make([]string, 0, len(data))
			for k := range data {
				ks = append(ks, k)
			}
			sort.Strings(ks)
			c.Reply <- strings.Join(ks, ",")
		default:
			c.Reply <- "ERR unknown " + c.Op
		}
	}
}

func main() {
	cmds := make(chan Command)
	go store(cmds)
	do := func(op, key string, v int) string {
		reply := make(chan string)
		cmds <- Command{op, key, v, reply}
		return <-reply
	}
	script := []struct {
		op, key string
		v       int
	}{{"set", "a", 1}, {"incr", "a", 5}, {"incr", "b", 2}, {"get", "a", 0}, {"get", "zz", 0}, {"keys", "", 0}, {"del", "a", 0}}
	for _, s := range script {
		fmt.Printf("%-4s %-2s -> %s\n", s.op, s.key, do(s.op, s.key, s.v))
	}
	close(cmds)
}
