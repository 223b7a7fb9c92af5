package main

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"sync"
)

func handle(c net.Conn, wg *sync.WaitGroup) {
	defer wg.Done()
	defer c.Close()
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		fmt.Fprintf(c, "echo: %s\n", strings.ToUpper(sc.Text()))
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	var wg sync.WaitGroup
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			wg.Add(1)
			go handle(c, &wg)
		}
	}()
	for client := 0; client < 3; client++ {
		conn, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			fmt.Println(err)
			return
		}
		r := bufio.NewReader(conn)
		for i := 0; i < 2; i++ {
			fmt.Fprintf(conn, "client %d msg %d\n", client, i)
			line, _ := r.ReadString('\n')
			fmt.Print(line)
		}
		conn.Close()
	}
	ln.Close()
	wg.Wait()
	fmt.Println(ln.Addr().Network())
}
