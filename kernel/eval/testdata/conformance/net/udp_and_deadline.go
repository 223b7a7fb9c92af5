package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer pc.Close()
	go func() {
		buf := make([]byte, 64)
		for {
			n, addr, err := pc.ReadFrom(buf)
			if err != nil {
				return
			}
			pc.WriteTo(append([]byte("pong:"), buf[:n]...), addr)
		}
	}()
	c, _ := net.Dial("udp", pc.LocalAddr().String())
	defer c.Close()
	for _, m := range []string{"a", "bb"} {
		c.Write([]byte(m))
		buf := make([]byte, 64)
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		n, _ := c.Read(buf)
		fmt.Println(string(buf[:n]))
	}
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	defer ln.Close()
	go func() {
		conn, err := ln.Accept()
		if err == nil {
			time.Sleep(300 * time.Millisecond)
			conn.Close()
		}
	}()
	conn, _ := net.Dial("tcp", ln.Addr().String())
	conn.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, err = conn.Read(make([]byte, 1))
	var ne net.Error
	fmt.Println(errors.As(err, &ne) && ne.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
	conn.Close()
}
