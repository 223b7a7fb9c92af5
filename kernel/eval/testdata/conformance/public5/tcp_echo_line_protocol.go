package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

type Server struct {
	ln    net.Listener
	wg    sync.WaitGroup
	mu    sync.Mutex
	store map[string]string
}

func (s *Server) handle(c net.Conn) {
	defer s.wg.Done()
	defer c.Close()
	sc := bufio.NewScanner(c)
	w := bufio.NewWriter(c)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 {
			continue
		}
		var reply string
		s.mu.Lock()
		switch strings.ToUpper(f[0]) {
		case "SET":
			if len(f) != 3 {
				reply = "ERR usage: SET key value"
				break
			}
			s.store[f[1]] = f[2]
			reply = "OK"
		case "GET":
			v, ok := s.store[f[1]]
			if !ok {
				reply = "NIL"
			} else {
				reply = "VAL " + v
			}
		case "QUIT":
			s.mu.Unlock()
			fmt.Fprintln(w, "BYE")
			w.Flush()
			return
		default:
			reply = "ERR unknown command " + f[0]
		}
		s.mu.Unlock()
		fmt.Fprintln(w, reply)
		w.Flush()
	}
}

func (s *Server) Serve() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go s.handle(c)
	}
}

func talk(addr string, lines ...string) []string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return []string{"dial: " + err.Error()}
	}
	defer c.Close()
	r := bufio.NewReader(c)
	var out []string
	for _, l := range lines {
		fmt.Fprintln(c, l)
		resp, err := r.ReadString('\n')
		if err != nil {
			out = append(out, "read: "+err.Error())
			break
		}
		out = append(out, strings.TrimSpace(resp))
	}
	return out
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	s := &Server{ln: ln, store: map[string]string{}}
	go s.Serve()
	fmt.Println(talk(ln.Addr().String(), "SET lang go", "GET lang", "GET missing", "FLY away", "SET x", "QUIT"))
	fmt.Println(talk(ln.Addr().String(), "get lang", "set lang rust", "GET lang"))
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			key := fmt.Sprint("k", i)
			results[i] = strings.Join(talk(ln.Addr().String(), "SET "+key+" v"+fmt.Sprint(i*i), "GET "+key), "|")
		}()
	}
	wg.Wait()
	fmt.Println(results)
	ln.Close()
	s.wg.Wait()
	fmt.Println(len(s.store), s.store["lang"])
}
