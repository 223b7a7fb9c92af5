package main

import (
	"errors"
	"fmt"
	"net"
)

func main() {
	host, port, err := net.SplitHostPort("127.0.0.1:8080")
	fmt.Println(host, port, err)
	_, _, err = net.SplitHostPort("nohostport")
	fmt.Println(err)
	fmt.Println(net.JoinHostPort("::1", "80"))
	ip := net.ParseIP("192.168.1.10")
	fmt.Println(ip, ip.To4() != nil, ip.IsPrivate(), ip.IsLoopback())
	_, n, err := net.ParseCIDR("10.0.0.0/8")
	fmt.Println(n, err, n.Contains(net.ParseIP("10.2.3.4")), n.Contains(ip))
	fmt.Println(net.ParseIP("not an ip") == nil)
	fmt.Println(net.IPv4(8, 8, 4, 4).String(), net.IPv4Mask(255, 255, 255, 0).String())
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println(addr.IP, addr.Port > 0)
	ln.Close()
	_, err = net.Dial("tcp", addr.String())
	var op *net.OpError
	fmt.Println(errors.As(err, &op), op.Op, op.Net)
	_, err = ln.Accept()
	fmt.Println(errors.Is(err, net.ErrClosed))
}
