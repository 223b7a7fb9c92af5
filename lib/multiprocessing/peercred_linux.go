package multiprocessing

import (
	"fmt"
	"net"
	"os"

	"golang.org/x/sys/unix"
)

// checkPeerUser checks, with SO_PEERCRED, that the process at the other
// end of a unix connection runs as this process's user.
func checkPeerUser(c net.Conn) error {
	uc, ok := c.(*net.UnixConn)
	if !ok {
		return fmt.Errorf("multiprocessing: not a unix socket connection")
	}
	raw, err := uc.SyscallConn()
	if err != nil {
		return fmt.Errorf("multiprocessing: %w", err)
	}
	var cred *unix.Ucred
	var cerr error
	if err := raw.Control(func(fd uintptr) {
		cred, cerr = unix.GetsockoptUcred(int(fd), unix.SOL_SOCKET, unix.SO_PEERCRED)
	}); err != nil {
		return fmt.Errorf("multiprocessing: %w", err)
	}
	if cerr != nil {
		return fmt.Errorf("multiprocessing: SO_PEERCRED: %w", cerr)
	}
	if int(cred.Uid) != os.Getuid() {
		return fmt.Errorf("%w (uid %d, pid %d)", errForeignID, cred.Uid, cred.Pid)
	}
	return nil
}
