package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type request struct {
	op    string
	key   string
	value int
	reply chan response
}

type response struct {
	value int
	keys  []string
	err   error
}

var ErrNotFound = errors.New("not found")

// store owns its map; all access goes through requests on one channel.
func store(reqs <-chan request) {
	data := map[string]int{}
	for r := range reqs {
		switch r.op {
		case "set":
			data[r.key] = r.value
			r.reply <- response{value: r.value}
		case "get":
			v, ok := data[r.key]
			if !ok {
				r.reply <- response{err: fmt.Errorf("get %q: %w", r.key, ErrNotFound)}
				continue
			}
			r.reply <- response{value: v}
		case "incr":
			data[r.key] += r.value
			r.reply <- response{value: data[r.key]}
		case "keys":
			ks := make([]string, 0, len(data))
			for k := range data {
				ks = append(ks, k)
			}
			sort.Strings(ks)
			r.reply <- response{keys: ks}
		default:
			r.reply <- response{err: fmt.Errorf("unknown op %q", r.op)}
		}
	}
}

type Client struct{ reqs chan<- request }

func (c Client) do(op, key string, v int) response {
	reply := make(chan response)
	c.reqs <- request{op, key, v, reply}
	return <-reply
}

func main() {
	reqs := make(chan request)
	go store(reqs)
	c := Client{reqs}
	c.do("set", "apples", 3)
	c.do("set", "pears", 5)
	done := make(chan struct{})
	for range 4 {
		go func() {
			for range 25 {
				c.do("incr", "hits", 1)
			}
			done <- struct{}{}
		}()
	}
	for range 4 {
		<-done
	}
	r := c.do("get", "hits", 0)
	fmt.Println(r.value, r.err)
	r = c.do("get", "plums", 0)
	fmt.Println(r.value, r.err, errors.Is(r.err, ErrNotFound))
	fmt.Println(c.do("incr", "apples", 10).value, strings.Join(c.do("keys", "", 0).keys, ","))
	fmt.Println(c.do("delete", "x", 0).err)
	close(reqs)
}
