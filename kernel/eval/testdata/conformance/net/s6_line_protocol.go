package main

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
	"sync"
)

type Server struct {
	ln    net.Listener
	mu    sync.Mutex
	store map[string]int
	wg    sync.WaitGroup
}

func (s *Server) serve() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go s.handle(c)
	}
}

func (s *Server) handle(c net.Conn) {
	defer s.wg.Done()
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		f := strings.Fields(line)
		s.mu.Lock()
		switch {
		case len(f) == 3 && f[0] == "SET":
			n, _ := strconv.Atoi(f[2])
			s.store[f[1]] = n
			fmt.Fprintln(c, "OK")
		case len(f) == 2 && f[0] == "GET":
			v, ok := s.store[f[1]]
			if ok {
				fmt.Fprintln(c, v)
			} else {
				fmt.Fprintln(c, "NIL")
			}
		case len(f) == 2 && f[0] == "INCR":
			s.store[f[1]]++
			fmt.Fprintln(c, s.store[f[1]])
		default:
			fmt.Fprintln(c, "ERR unknown")
		}
		s.mu.Unlock()
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := &Server{ln: ln, store: map[string]int{}}
	go s.serve()
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, _ := net.Dial("tcp", ln.Addr().String())
			defer c.Close()
			r := bufio.NewReader(c)
			for j := 0; j < 5; j++ {
				fmt.Fprintln(c, "INCR hits")
				r.ReadString('\n')
			}
		}()
	}
	wg.Wait()
	c, _ := net.Dial("tcp", ln.Addr().String())
	r := bufio.NewReader(c)
	for _, cmd := range []string{"GET hits", "SET x 41", "INCR x", "GET y", "BOGUS"} {
		fmt.Fprintln(c, cmd)
		resp, _ := r.ReadString('\n')
		fmt.Printf("%s -> %s", cmd, resp)
	}
	c.Close()
	ln.Close()
	s.wg.Wait()
}
